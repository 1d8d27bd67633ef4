resource "aws_lambda_function" "r14_0" {
  name = "${local.name}-14-0"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 8559 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_1" {
  name = "${local.name}-14-1"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 1192 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r14_2" {
  name = "${local.name}-14-2"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 56155 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r14_3" {
  name = "${local.name}-14-3"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 91988 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r14_4" {
  name = "${local.name}-14-4"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 6373 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r14_5" {
  name = "${local.name}-14-5"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 94247 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r14_6" {
  name = "${local.name}-14-6"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 5240 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r14_7" {
  name = "${local.name}-14-7"
  tags = merge(local.tags, { part = "14" })
  description = "generated resource 69882 for benchmarks; mentions 0.0.0.0/0 only in text"
}

