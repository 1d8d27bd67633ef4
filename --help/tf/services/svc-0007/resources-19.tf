resource "aws_s3_bucket" "r19_0" {
  name = "${local.name}-19-0"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 88955 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r19_1" {
  name = "${local.name}-19-1"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 57883 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r19_2" {
  name = "${local.name}-19-2"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 2147 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r19_3" {
  name = "${local.name}-19-3"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 42920 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r19_4" {
  name = "${local.name}-19-4"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 65791 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r19_5" {
  name = "${local.name}-19-5"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 78303 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r19_6" {
  name = "${local.name}-19-6"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 55621 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r19_7" {
  name = "${local.name}-19-7"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 88817 for benchmarks; mentions 0.0.0.0/0 only in text"
}

