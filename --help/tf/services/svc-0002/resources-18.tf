resource "aws_dynamodb_table" "r18_0" {
  name = "${local.name}-18-0"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 60332 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r18_1" {
  name = "${local.name}-18-1"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 9003 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_2" {
  name = "${local.name}-18-2"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 43622 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r18_3" {
  name = "${local.name}-18-3"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 82116 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r18_4" {
  name = "${local.name}-18-4"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 16742 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r18_5" {
  name = "${local.name}-18-5"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 24104 for benchmarks; mentions 0.0.0.0/0 only in text"
}

