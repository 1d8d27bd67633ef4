resource "aws_s3_bucket" "r14_0" {
  name = "${local.name}-14-0"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 11713 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r14_1" {
  name = "${local.name}-14-1"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 54636 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r14_2" {
  name = "${local.name}-14-2"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 69635 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r14_3" {
  name = "${local.name}-14-3"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 9656 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r14_4" {
  name = "${local.name}-14-4"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 62877 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r14_5" {
  name = "${local.name}-14-5"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 52853 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_6" {
  name = "${local.name}-14-6"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 14861 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r14_7" {
  name = "${local.name}-14-7"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 42866 for benchmarks; mentions 0.0.0.0/0 only in text"
}

